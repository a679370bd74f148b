"""Styles shared by the Goals board and Today's goals section."""

# Overdue is always said in words as well; this colour keeps 3:1 contrast on dark and light themes.
OVERDUE_STYLE = "bold #c0463a"
