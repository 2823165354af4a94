"""A contract document's title: words that name no service (`Deed of Variation`, `Framework`, `This`)
before `Agreement` send the reader to what follows it."""
import pytest

from committee_papers.extract.contract_document import _service


@pytest.mark.parametrize("title, service", [
    ("DEED OF VARIATION AGREEMENT for the provision of Day Care Services between Wexmoor Council and Orton Care Ltd",
     "Day Care Services"),
    ("The Framework Agreement for supply of School Meals between Fenby Council and Tarn Foods Ltd", "School Meals"),
    ("This Agreement for Meals on Wheels between Kelby Council and Harlow Vale Trust", "Meals on Wheels"),
    ("Services Contract between Ashby Council and Egdon Ltd", None),
    ("LIBRARY SERVICES CONTRACT between Ashby Council and Egdon Libraries Ltd", "Library services"),
])
def test_a_title_naming_no_service_reads_on_after_agreement(title, service):
    assert _service(title) == service
