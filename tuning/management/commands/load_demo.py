"""Demo data for `make run`: a demo user with ~3 months of cravings, and an admin. Safe to run again."""

import json
import secrets

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from tqdm import tqdm

from accounts.models import User
from cravings.demo import demo_cravings
from cravings.models import Craving
from cravings.tasks import embedding_enqueue
from personas.models import Persona, PersonaStatus
from personas.services import personas_seed_starters
from tuning.services import persona_train_enqueue

DEMO_EMAIL = "demo@crave.local"
ADMIN_EMAIL = "admin@crave.local"


class Command(BaseCommand):
    help = "Create the demo user (with ~3 months of cravings) and an admin superuser, printing their credentials."

    def handle(self, *args, **options):
        credentials_file = settings.BASE_DIR / ".local" / "demo-credentials.json"
        credentials_file.parent.mkdir(parents=True, exist_ok=True)
        credentials = json.loads(credentials_file.read_text()) if credentials_file.exists() else {}

        admin_password = credentials.get(ADMIN_EMAIL) or secrets.token_urlsafe(12)
        demo_password = credentials.get(DEMO_EMAIL) or secrets.token_urlsafe(12)
        with transaction.atomic():
            if not User.objects.filter(email=ADMIN_EMAIL).exists():
                User.objects.create_superuser(ADMIN_EMAIL, admin_password, full_name="CRAVE Admin")
            demo = User.objects.filter(email=DEMO_EMAIL).first()
            if demo is None:
                demo = User.objects.create_user(
                    DEMO_EMAIL, demo_password, full_name="Demo User", timezone="America/New_York"
                )
        credentials_file.write_text(json.dumps({ADMIN_EMAIL: admin_password, DEMO_EMAIL: demo_password}))
        credentials_file.chmod(0o600)

        if not Craving.objects.filter(user=demo).exists():
            rows = demo_cravings(demo)
            with tqdm(total=len(rows), desc="demo cravings", unit="craving") as bar:
                for start in range(0, len(rows), 100):
                    chunk = Craving.objects.bulk_create(rows[start : start + 100])
                    bar.update(len(chunk))
            ids = list(Craving.objects.filter(user=demo).values_list("id", flat=True))
            for start in range(0, len(ids), settings.EMBEDDING_BATCH_SIZE):
                embedding_enqueue(ids[start : start + settings.EMBEDDING_BATCH_SIZE])
            self.stdout.write(f"queued {len(ids)} demo cravings for embedding on the gpu worker")

        # Starter personas serve their shipped adapters at once; one without is trained on the gpu worker.
        personas_seed_starters()
        drafts = list(Persona.objects.filter(version=0, status__in=[PersonaStatus.DRAFT, PersonaStatus.FAILED]))
        for persona in drafts:
            persona_train_enqueue(persona=persona)
        if drafts:
            self.stdout.write(f"queued adapter training for {len(drafts)} starter persona(s) on the gpu worker")

        count = Craving.objects.filter(user=demo).count()
        self.stdout.write(
            self.style.SUCCESS(
                f"\n  Demo user : {DEMO_EMAIL} / {demo_password}  ({count} cravings)"
                f"\n  Admin     : {ADMIN_EMAIL} / {admin_password}  (http://127.0.0.1:8000/admin/)\n"
            )
        )
