"""Training, export, evaluation and data tooling for sxdetect (never imported by sxdetect/)."""
