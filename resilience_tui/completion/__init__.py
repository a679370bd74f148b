"""Shell completion scripts for `resilience`, made from its argparse parser (so every command appears)."""
