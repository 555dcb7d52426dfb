"""The spaCy pipeline, loaded once for every test that needs a real parse."""

from __future__ import annotations

import pytest

from sitroom.nlp import load_model
from sitroom.options import DEFAULT_MODEL


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    return load_model(DEFAULT_MODEL)
