import shutil
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from personas.models import Persona
from personas.services import SHIPPED, personas_seed_starters
from tuning.jobs import persona_train


class Command(BaseCommand):
    help = "Train the next version of persona adapters (LoRA on the base model), with a progress bar."

    def add_arguments(self, parser):
        parser.add_argument("slugs", nargs="*", help="persona slugs (default: every persona without an adapter)")
        parser.add_argument("--steps", type=int, default=None, help="default: 160 for the starters, 40 otherwise")
        parser.add_argument("--all", action="store_true", help="retrain every persona")
        parser.add_argument(
            "--ship",
            action="store_true",
            help="also copy each new adapter into personas/adapters/ (what a fresh install serves)",
        )

    def handle(self, *args, slugs, steps, all, ship, **options):
        personas_seed_starters()
        personas = Persona.objects.all()
        if slugs:
            personas = personas.filter(slug__in=slugs)
            missing = set(slugs) - set(personas.values_list("slug", flat=True))
            if missing:
                raise CommandError(f"unknown persona(s): {', '.join(sorted(missing))}")
        elif not all:
            personas = personas.filter(version=0)
        for persona in personas:
            with tqdm(desc=f"training {persona.slug}", unit="step") as bar:

                def progress(step, total, loss, bar=bar):
                    bar.total = total
                    bar.update(1)
                    bar.set_postfix(loss=f"{loss:.3f}")

                persona = persona_train(persona=persona, steps=steps, progress=progress)
            if ship:
                target = SHIPPED / persona.slug
                target.mkdir(parents=True, exist_ok=True)
                for name in ("adapter_model.safetensors", "adapter_config.json"):
                    shutil.copy2(Path(persona.adapter_path) / name, target / name)
            self.stdout.write(
                self.style.SUCCESS(
                    f"{persona.slug} v{persona.version}: loss {persona.training_loss:.3f}, adapter {persona.adapter_path}"
                    f"{', shipped' if ship else ''}"
                )
            )
