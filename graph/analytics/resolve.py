"""Entity arguments: every analytics function accepts an id, a name or an alias."""

from __future__ import annotations

from ..model import Dataset
from ..resolve import Resolver

__all__ = ["resolve_entity"]


def resolve_entity(dataset: Dataset, name: str) -> str:
    """The entity id *name* means (an id is returned as it is).

    Raises :class:`~graph.errors.LookupFailed` with suggestions when the name fits no entity
    or several.

    Examples
    --------
    >>> from graph.validate import load_dataset
    >>> resolve_entity(load_dataset("tests/fixtures/analytics"), "kim jong-un")
    'kim-jong-un'
    """
    if name in dataset.entities:
        return name
    return Resolver(dataset).resolve(name)
