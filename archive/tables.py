"""The models' Core tables under the short names the query and write code uses.

Bulk writes, exports and reports work on tables rather than ORM objects; one
definition here keeps those modules from each building their own copies.
"""

from __future__ import annotations

from archive import models as m
from archive.curation_models import Curation

A = m.table_of(m.Article)
P = m.table_of(m.Person)
PA = m.table_of(m.PersonAlias)
AP = m.table_of(m.ArticlePerson)
PM = m.table_of(m.PersonMention)
PT = m.table_of(m.PersonTitle)
AC = m.table_of(m.ArticleCountry)
C = m.table_of(m.Country)
M = m.table_of(m.Meeting)
MS = m.table_of(m.MeetingSource)
MP = m.table_of(m.MeetingParticipant)
MC = m.table_of(m.MeetingCountry)
ST = m.table_of(m.Statement)
CUR = m.table_of(Curation)
