"""Handing a finished email over to the person's own tools: clipboard, `.eml` file, mail program.

Nothing here sends anything: each function runs only when the person presses its key.
"""
