"""Conference planning: import a program, rank whom to meet, plan the meeting."""
