"""Unlocking an encrypted data folder in the app, and turning encryption on from the palette."""
