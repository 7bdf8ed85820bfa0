"""GB 11643-1999: the check character catches a mistyped digit in a Chinese ID number."""
from __future__ import annotations

import pytest

from core.case.identity import check_character, id_number_problem

# Worked out by hand from the standard's weights: 1×7+1×9+0×10+1×5+0×8+5×4+1×2+9×1+8×6+
# 0×3+0×7+1×9+0×10+1×5+0×8+0×4+1×2 = 116, 116 mod 11 = 6, "10X98765432"[6] = "6".
VALID = "110105198001010016"


def test_the_standards_check_character() -> None:
    assert check_character(VALID[:17]) == "6"
    assert check_character("11010519491231002") == "X"  # GB 11643's own example


@pytest.mark.parametrize("number", [VALID, "11010519491231002X", "11010519491231002x",
                                    "110105 19800101 0016", "", "123456789012345",
                                    "AB1234567", "P12345678"])
def test_what_passes(number: str) -> None:
    assert id_number_problem(number) is None


@pytest.mark.parametrize(("number", "key"), [
    ("110105198001010018", "id_check_character"),  # the last character mistyped
    ("110105198001011016", "id_check_character"),  # one digit of the sequence mistyped
    ("11010519800101001", "id_length"),
    ("110105198013010016", "id_birth_date"),  # month 13
    ("110105230001010016", "id_birth_date"),  # born in 2300
])
def test_what_is_caught(number: str, key: str) -> None:
    problem = id_number_problem(number)
    assert problem is not None and problem[0] == key

