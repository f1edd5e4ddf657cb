# Personas (LoRA adapters on the base model) arrive with the persona-engine issue.
