"""Country mentions (placeholder until the entity layer lands)."""
from archive.extract.records import CountryMention


def find_countries(doc: str) -> list[CountryMention]:
    return []
