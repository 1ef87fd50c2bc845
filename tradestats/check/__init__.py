"""Checking quoted trade figures in text: numbers → claims → verdicts.

``quantities`` reads numbers as written; ``extract`` turns them into claims with a subject,
period and base; ``verify`` recomputes each from the data with the precision the text implies;
``consistency`` checks the claims of one text against each other; ``run`` ties them together.
"""
