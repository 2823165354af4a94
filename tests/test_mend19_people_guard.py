"""mend19: an attendance entry bracketed by a plural PROFESSION is a firm (`Hallam Crane (Auditors)`); any other
bracket ending in an `s` word is a person's note (`(Apologies)`, `(Friends of ... Parks)`), and the person is still
a person.  The professions are org_evidence.yaml role.professional_label `needs`.  Fictional names."""
from __future__ import annotations

import pytest

from committee_papers.extract.orgevidence import person_name


@pytest.mark.parametrize("entry, name", [
    ("Sam Price (Apologies)", "Sam Price"),
    ("Ann Lee (Friends of Kelby Parks)", "Ann Lee"),
    ("Cllr Tom Rowe (Allotments)", "Tom Rowe"),
    ("Jo Bell (Resident, Marsh Gardens)", "Jo Bell"),
])
def test_a_bracket_ending_in_s_that_names_no_profession_keeps_the_person(entry, name):
    assert person_name(entry) == name


@pytest.mark.parametrize("entry", [
    "Hallam Crane (Auditors)",
    "Pennock Dale (the Trust's surveyors)",
    "Marram Wells (Property Consultants)",
    "Ormsby Keane (Solicitors)",
])
def test_a_plural_profession_in_the_bracket_is_a_firm(entry):
    assert person_name(entry) is None
