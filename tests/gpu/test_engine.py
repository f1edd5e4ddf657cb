"""The slot engine against PEFT and against itself: same tokens, logits within 1e-4 in fp32."""

import threading
import time

import pytest
import torch

from gpu.adapters import read_adapter
from gpu.base_model import load_base_model
from gpu.batcher import BURST_GRACE, Batcher
from gpu.engine import AdapterRef, BudgetTooSmall, EngineConfig, PersonaEngine, Request
from gpu.synthetic import make_adapter

QUESTIONS = [
    "I caved to sugar again last night.",
    "How am I doing this week?",
    "Evenings are the hardest for me.",
    "Why do I crave wine on Fridays?",
]


def chat(question: str) -> list[dict]:
    return [
        {"role": "system", "content": "You answer about the user's own craving logs."},
        {"role": "user", "content": question},
    ]


pytestmark = pytest.mark.slow  # the base LLM generating, batch after batch


@pytest.fixture(scope="module")
def adapters(tmp_path_factory):
    root = tmp_path_factory.mktemp("adapters")
    model = load_base_model().model
    refs = [
        AdapterRef(f"p{i}", 1, str(make_adapter(model, root / f"p{i}", rank=rank, seed=i)))
        for i, rank in enumerate([8, 4, 16, 8, 8, 8])
    ]
    return refs


def engine_with(slots: int, cpu_cache_bytes: int = 1 << 30) -> PersonaEngine:
    loaded = load_base_model()
    config = EngineConfig(["q_proj", "v_proj"], 16, 0, cpu_cache_bytes)
    config.slot_budget_bytes = PersonaEngine.bytes_per_slot(loaded.model, config) * slots
    return PersonaEngine(loaded.model, loaded.tokenizer, config)


@pytest.fixture(scope="module")
def engine():
    return engine_with(slots=5)


def test_mixed_batch_matches_each_persona_alone(engine, adapters):
    requests = [
        Request(adapters[0], chat(QUESTIONS[0]), 16),
        Request(adapters[1], chat(QUESTIONS[1]), 16),
        Request(adapters[2], chat(QUESTIONS[2]), 16),
        Request(None, chat(QUESTIONS[3]), 16),
    ]
    mixed = engine.generate(requests)
    alone = [engine.generate([request])[0] for request in requests]
    assert mixed == alone
    assert len(set(mixed)) == 4 and all(mixed)
    batch_logits = engine.logits(requests)
    single_logits = torch.cat([engine.logits([request]) for request in requests])
    assert (batch_logits - single_logits).abs().max().item() < 1e-4


def test_a_cpu_engine_multiplies_with_weights_packed_once(engine):
    from torch import nn

    from gpu.packed import PackedLinear, available

    linears = [m for m in engine.model.modules() if isinstance(m, nn.Linear)]
    assert len(linears) == 30 * 7 + 1  # every projection of SmolLM2's 30 layers, and the vocabulary head
    assert all(type(m) is PackedLinear for m in linears) == available()


def test_rows_that_leave_and_a_row_that_outgrows_the_cache_room_keep_their_text(engine, adapters):
    """The decode cache writes each step in place (gpu/kv_room.py): rows that end leave the batch (their
    buffers are copied) and a long row runs past the spare room (copied to a larger buffer); every text is
    still what its request gets alone."""
    from gpu.kv_room import ROOM

    long = Request(adapters[0], chat(QUESTIONS[0]), ROOM + 20)
    short = [Request(adapters[i], chat(QUESTIONS[i]), 6) for i in (1, 2)] + [Request(None, chat(QUESTIONS[3]), 6)]
    together = engine.generate([long, *short], exact_tokens=True)
    alone = [
        engine.generate([Request(r.adapter, r.messages, r.max_new_tokens)], exact_tokens=True)[0]
        for r in [long, *short]
    ]
    assert together == alone
    assert len(engine.tokenizer(together[0], add_special_tokens=False)["input_ids"]) > ROOM


def test_slots_compute_what_peft_computes(engine, adapters):
    from peft import PeftModel

    reference = load_base_model()
    for ref in (adapters[1], adapters[2]):  # rank 4 zero-padded in a rank-16 slot, and a full-rank one
        peft_model = PeftModel.from_pretrained(load_base_model().model, ref.path)
        prompt = reference.tokenizer.apply_chat_template(chat(QUESTIONS[0]), add_generation_prompt=True, tokenize=False)
        encoded = reference.tokenizer(prompt, return_tensors="pt")
        with torch.inference_mode():
            expected = peft_model(**encoded).logits[:, -1, :]
        got = engine.logits([Request(ref, chat(QUESTIONS[0]))])
        assert (expected - got).abs().max().item() < 1e-4
        base = engine.logits([Request(None, chat(QUESTIONS[0]))])
        assert (base - got).abs().max().item() > 1e-3  # the adapter really changes the output


def test_budget_is_never_exceeded_and_lru_evicts_unpinned(adapters):
    engine = engine_with(slots=3)  # slot 0 is the base model: two adapter slots
    budget = engine.config.slot_budget_bytes
    assert engine.slot_bytes_allocated <= budget and engine.slots_total == 3
    engine.pin("p0")
    for ref in adapters[:4]:
        engine.activate(ref)
        assert len(engine.resident) <= 2 and engine.slot_bytes_allocated <= budget
    assert adapters[0] in engine.resident  # pinned stays
    assert adapters[3] in engine.resident  # most recent stays
    evicted = engine.stats[adapters[1]]
    assert (evicted.tier, evicted.slot) == ("cpu", None)
    engine.activate(adapters[1])
    assert engine.stats[adapters[1]].cold_loads == 1  # back from the CPU tier, not from disk
    fresh = load_base_model()
    with pytest.raises(BudgetTooSmall):
        PersonaEngine(fresh.model, fresh.tokenizer, EngineConfig(["q_proj"], 16, 10, 10))


def test_cpu_tier_has_its_own_budget(adapters):
    size = read_adapter(adapters[0].path).nbytes
    engine = engine_with(slots=2, cpu_cache_bytes=size * 2)
    for ref in adapters[:4]:
        engine.activate(ref)
    assert engine.cpu_bytes <= size * 2
    assert engine.stats[adapters[0]].tier == "disk"  # dropped from both faster tiers


def test_a_batch_wider_than_the_slots_is_split_and_still_right(adapters):
    engine = engine_with(slots=3)
    requests = [Request(ref, chat(QUESTIONS[i % 4]), 8) for i, ref in enumerate(adapters[:5])]
    mixed = engine.generate(requests)
    assert mixed == [engine.generate([r])[0] for r in requests]


def test_new_version_is_served_without_restart(engine, adapters, tmp_path):
    v2 = AdapterRef(adapters[0].slug, 2, str(make_adapter(engine.model, tmp_path / "v2", seed=99)))
    first = engine.logits([Request(adapters[0], chat(QUESTIONS[0]))])
    second = engine.logits([Request(v2, chat(QUESTIONS[0]))])
    assert (first - second).abs().max().item() > 1e-3


def test_batcher_serves_concurrent_requests_together(engine, adapters):
    batcher = Batcher(engine, max_batch=4, max_wait_ms=200, adaptive=False)
    results = {}

    def ask(i):
        results[i] = batcher.submit(Request(adapters[i], chat(QUESTIONS[i]), 8)).result(timeout=60)

    threads = [threading.Thread(target=ask, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert max(batcher.batch_sizes) > 1
    assert [results[i] for i in range(4)] == [
        engine.generate([Request(adapters[i], chat(QUESTIONS[i]), 8)])[0] for i in range(4)
    ]


def test_the_batcher_drops_a_request_whose_asker_gave_up(engine, adapters):
    batcher = Batcher(engine, max_batch=4)
    late = batcher.submit(Request(adapters[0], chat(QUESTIONS[0]), 8, deadline=time.monotonic() - 1))
    with pytest.raises(TimeoutError):
        late.result(timeout=30)
    assert batcher.batch_sizes == []  # no forward pass was spent on it


def test_a_lone_request_waits_for_no_one_and_a_burst_waits_a_bounded_while(engine):
    batcher = Batcher(engine, max_batch=8, max_wait_ms=20)
    batcher.submit(Request(None, chat(QUESTIONS[0]), 1))
    assert batcher.wait_for_more(1) == BURST_GRACE
    time.sleep(0.5)
    batcher.submit(Request(None, chat(QUESTIONS[0]), 1))
    assert batcher.wait_for_more(1) == BURST_GRACE  # half a second apart: nobody is coming within 20 ms
    for _ in range(20):
        batcher.submit(Request(None, chat(QUESTIONS[0]), 1))
    assert 0 < batcher.wait_for_more(1) <= 0.020


def test_requests_sent_at_one_moment_after_a_quiet_spell_share_one_batch(engine):
    batcher = Batcher(engine, max_batch=8, max_wait_ms=20)
    batcher.submit(Request(None, chat(QUESTIONS[0]), 1)).result(timeout=60)
    time.sleep(0.5)  # quiet: the gap estimate says nobody is coming
    futures = [batcher.submit(Request(None, chat(QUESTIONS[i % 4]), 1)) for i in range(8)]
    assert all(future.result(timeout=60) is not None for future in futures)
    assert batcher.batch_sizes == [1, 8]


def test_a_trailing_assistant_message_is_continued_and_a_stop_ends_the_row(engine, adapters):
    """The persona touch: the reply's start is given, the model writes one sentence, and a row that stopped
    early does not make its neighbour stop (each row ends on its own)."""
    # The bare model, and a start that ends mid-sentence, so the row has words to write before its stop.
    start = {"role": "assistant", "content": "Evenings are often hard, and"}
    touch = Request(None, [*chat(QUESTIONS[2]), start], 24, stop=(".", "!", "?"))
    free = Request(adapters[0], chat(QUESTIONS[2]), 24)
    alone = engine.generate([Request(adapters[0], chat(QUESTIONS[2]), 24)])[0]
    texts = engine.generate([touch, free])
    assert texts[1] == alone  # the other row is not cut by the first row's stop
    assert not texts[0].startswith(start["content"])  # the given start is not repeated back
    said = texts[0].rstrip()
    assert said, "the row wrote nothing after the given start"
    if len(engine.tokenizer(said)["input_ids"]) < 24:  # stopped before the cap: at the end of one sentence
        assert said.endswith((".", "!", "?")) and not any(c in said[:-1] for c in ".!?"), said
    assert set(touch.timings) == {"queue", "prefill", "decode"} and touch.timings["decode"] >= 0


def test_cached_system_prompts_and_chunked_prefill_change_nothing_but_speed(engine, adapters):
    """Each persona's system prompt computed once (gpu/prefix_cache.py) and the prefill in chunks of similar
    length (gpu/prefill.py) give the very text that whole prompts in one left-padded batch give: mixed
    personas, the bare model, prompts of different lengths, one without a system prompt."""
    requests = [Request(adapters[i % 3], chat(q), 12) for i, q in enumerate(QUESTIONS)]
    requests += [Request(None, chat(QUESTIONS[1] + " And since Monday?"), 12)]
    requests += [Request(adapters[1], [{"role": "user", "content": QUESTIONS[3]}], 12)]
    requests += [Request(adapters[2], [*chat(QUESTIONS[0]), {"role": "assistant", "content": "Last night"}], 12)]
    before = (engine.use_prefix_cache, engine.prefill_rows)
    try:
        engine.use_prefix_cache, engine.prefill_rows = False, 1 << 20
        whole = engine.generate(requests)
        engine.use_prefix_cache, engine.prefill_rows = True, 3
        misses = engine.prefix.misses
        cached = engine.generate(requests)
        hits = engine.prefix.hits
        again = engine.generate(requests)
    finally:
        engine.use_prefix_cache, engine.prefill_rows = before
    assert cached == whole and again == whole
    assert all(whole) and len(set(whole)) >= 5
    assert engine.prefix.misses - misses <= 4  # one head per adapter (3) and the bare model, at most
    assert engine.prefix.hits - hits == 6  # the second time every row with a system prompt is a hit


def test_requests_arriving_during_a_batch_join_it_and_each_asker_has_its_text_when_its_row_ends(engine, adapters):
    """Continuous batching: a request sent while a long one decodes joins it between steps instead of waiting
    for its end, its text is what it gets alone, and it returns before the long row ends."""
    batcher = Batcher(engine, max_batch=8, max_wait_ms=1)
    done_at: dict[str, float] = {}

    def ask(name: str, request: Request):
        text = batcher.submit(request).result(timeout=120)
        done_at[name] = time.monotonic()
        return text

    long = Request(adapters[0], chat(QUESTIONS[0]), 48)
    short = [Request(adapters[i], chat(QUESTIONS[i]), 6) for i in (1, 2)]
    texts: dict[str, str] = {}
    first = threading.Thread(target=lambda: texts.__setitem__("long", ask("long", long)))
    first.start()
    while not long.timings:  # the long row has been prefilled: its batch is decoding
        time.sleep(0.01)
    later = [threading.Thread(target=lambda i=i: texts.__setitem__(i, ask(i, short[i]))) for i in (0, 1)]
    for thread in later:
        thread.start()
    for thread in [first, *later]:
        thread.join()
    assert batcher.joined == 2 and batcher.batch_sizes == [1]
    assert max(done_at[0], done_at[1]) < done_at["long"]
    assert [texts[0], texts[1]] == [engine.generate([Request(r.adapter, r.messages, 6)])[0] for r in short]
    assert texts["long"] == engine.generate([Request(adapters[0], chat(QUESTIONS[0]), 48)])[0]


def test_the_lean_decode_step_gives_transformers_logits(engine, adapters):
    """gpu/lean_step.py replaces transformers' forward for decode steps on a CPU: on a mixed-adapter batch with
    left padding, a step from the same cache gives the same next-token logits and the same cache."""
    import copy

    import torch.nn.functional as F

    from gpu.kv_room import with_room
    from gpu.lean_step import lean_step_for
    from gpu.lora_slots import slots_for_batch

    requests = [Request(adapters[i % 3], chat(QUESTIONS[i]), 8) for i in range(4)] + [Request(None, chat("Hi"), 8)]
    lean = lean_step_for(engine.model)
    assert lean is not None
    with engine.lock, torch.inference_mode():
        slot_ids, encoded = engine.prepare(requests)
        mask = encoded["attention_mask"]
        assert (mask == 0).any()  # the short prompt is left-padded
        positions = (mask.cumsum(-1) - 1).clamp(min=0)
        with slots_for_batch(engine.model, slot_ids):
            prefill = engine.model(**encoded, position_ids=positions, use_cache=True)
            ids = prefill.logits[:, -1].argmax(-1)[:, None]
            step_mask, step_positions = F.pad(mask, (0, 1), value=1), positions[:, -1:] + 1
            ours_past = with_room(prefill.past_key_values)
            theirs_past = copy.deepcopy(ours_past)
            ours = lean(ids, step_mask, step_positions, ours_past)
            theirs = engine.model(
                input_ids=ids,
                attention_mask=step_mask,
                position_ids=step_positions,
                past_key_values=theirs_past,
                logits_to_keep=1,
            ).logits[:, -1]
    assert (ours - theirs).abs().max().item() < 1e-4
    assert torch.equal(ours.argmax(-1), theirs.argmax(-1))
    for mine, reference in zip(ours_past.layers, theirs_past.layers, strict=True):
        assert (mine.keys - reference.keys).abs().max().item() < 1e-4
