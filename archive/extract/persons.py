"""Person mentions (placeholder until the entity layer lands)."""
from archive.extract.records import CountryMention, Person
from archive.extract.text import Sentence


def find_persons(doc: str, sentences: list[Sentence], countries: list[CountryMention]) -> list[Person]:
    return []
