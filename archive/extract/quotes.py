"""Statements (placeholder until the quotation layer lands)."""
from archive.extract.records import ArticleFacts, Statement
from archive.extract.text import Sentence


def find_statements(doc: str, sentences: list[Sentence], title_end: int, facts: ArticleFacts) -> list[Statement]:
    return []
