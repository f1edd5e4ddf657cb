"""Writes of cravings. Each save schedules its embedding after commit; a dead broker never loses the save."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from django.db import IntegrityError, connection, transaction

from accounts.services import users_data_changed
from core.errors import ApplicationError
from core.throttling import items_allowed

from .models import Craving, EmbeddingStatus
from .tasks import embedding_enqueue

EMBEDDED_FIELDS = {"description", "trigger"}
WRITE_LOCK_NAMESPACE = 7401  # pg_advisory_xact_lock's first key: this app's per-user write lock


def user_data_changed(user_id: int) -> None:
    users_data_changed({user_id})


def embedding_schedule(craving_ids: list[int]) -> None:
    if craving_ids:
        transaction.on_commit(lambda: embedding_enqueue(list(craving_ids)))


def daily_cap(user_id: int, count: int) -> None:
    if not items_allowed(user_id=user_id, count=count):
        raise ApplicationError(
            "That is more cravings than a day allows; try again tomorrow.", code="throttled", status_code=429
        )


def user_writes_serialised(user_id: int) -> None:
    """Until this transaction ends, other creates and syncs of the same user wait. Two syncs carrying the same
    new id would otherwise both insert it, and the loser's whole batch would roll back on the unique key."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [WRITE_LOCK_NAMESPACE, user_id])


@transaction.atomic
def craving_create(*, user, uuid: UUID | None = None, **fields) -> tuple[Craving, bool]:
    """Create a craving; the same (user, uuid) again returns the stored one and creates nothing."""
    user_writes_serialised(user.id)
    daily_cap(user.id, 1)
    if uuid is not None:
        existing = Craving.objects.filter(user=user, uuid=uuid).first()
        if existing is not None:
            return existing, False
    craving = Craving(user=user, **fields)
    if uuid is not None:
        craving.uuid = uuid
    craving.full_clean(validate_constraints=False)
    try:
        with transaction.atomic():
            craving.save()
    except IntegrityError:  # the same offline retry arrived twice at once
        return Craving.objects.get(user=user, uuid=craving.uuid), False
    embedding_schedule([craving.id])
    user_data_changed(user.id)
    return craving, True


@transaction.atomic
def craving_update(*, craving: Craving, **fields) -> Craving:
    craving = Craving.objects.select_for_update().get(pk=craving.pk)
    changed = [name for name, value in fields.items() if getattr(craving, name) != value]
    for name in changed:
        setattr(craving, name, fields[name])
    if not changed:
        return craving
    reembed = bool(EMBEDDED_FIELDS & set(changed))
    if reembed:
        craving.embedding_status = EmbeddingStatus.PENDING
        craving.embedding_attempts = 0
        craving.embedding_error = ""
        changed += ["embedding_status", "embedding_attempts", "embedding_error"]
    craving.full_clean(validate_constraints=False)
    craving.save(update_fields=[*changed, "updated_at"])
    user_data_changed(craving.user_id)
    if reembed:
        embedding_schedule([craving.id])
    return craving


def craving_archive(*, craving: Craving, archived: bool = True) -> Craving:
    return craving_update(craving=craving, archived=archived)


@transaction.atomic
def craving_delete(*, craving: Craving) -> None:
    craving.delete()
    user_data_changed(craving.user_id)


@dataclass
class SyncResult:
    id: UUID
    status: str  # created | updated | unchanged
    craving: Craving


@transaction.atomic
def cravings_sync(*, user, items: list[dict]) -> list[SyncResult]:
    """Upsert a phone's batch. New ids are created; a known id is updated only when the phone's copy
    is newer (its `client_updated_at`) than ours, so a stale offline copy never overwrites a later edit."""
    user_writes_serialised(user.id)
    daily_cap(user.id, len(items))
    uuids = [item["uuid"] for item in items]
    stored = {c.uuid: c for c in Craving.objects.select_for_update().filter(user=user, uuid__in=uuids)}
    results: list[SyncResult] = []
    new_ids: list[int] = []
    for item in items:
        fields = {k: v for k, v in item.items() if k not in ("uuid", "client_updated_at")}
        client_updated_at: datetime | None = item.get("client_updated_at")
        current = stored.get(item["uuid"])
        if current is None:
            craving = Craving(user=user, uuid=item["uuid"], **fields)
            craving.full_clean(validate_constraints=False)
            craving.save()
            stored[craving.uuid] = craving
            new_ids.append(craving.id)
            results.append(SyncResult(craving.uuid, "created", craving))
        elif client_updated_at and client_updated_at > current.updated_at:
            results.append(SyncResult(current.uuid, "updated", craving_update(craving=current, **fields)))
        else:
            results.append(SyncResult(current.uuid, "unchanged", current))
    embedding_schedule(new_ids)
    if new_ids:  # updates bumped it already, in craving_update
        user_data_changed(user.id)
    return results


@transaction.atomic
def cravings_embedding_retry(*, craving_ids: list[int]) -> int:
    """Staff's "retry" for failed embeddings: back to pending, queued again after commit."""
    count = (
        Craving.objects.filter(id__in=craving_ids)
        .exclude(embedding_status=EmbeddingStatus.DONE)
        .update(embedding_status=EmbeddingStatus.PENDING, embedding_attempts=0, embedding_error="")
    )
    embedding_schedule(craving_ids)
    return count
