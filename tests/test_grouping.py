"""`--dist loadgroup` really keeps a group on one worker: the fixtures some groups share (the office store,
the national store) are built once, and what a group serialises does not run concurrently. With
pytest 9 and pytest-xdist 3.8 it did not (xdist marks the group in item._nodeid, which pytest 9 no
longer reads): these six items landed three on each worker."""

import json

import pytest


@pytest.mark.xdist_group("grouping_check")
@pytest.mark.parametrize("number", range(6))
def test_a_grouped_item_lands_on_the_same_worker_as_the_rest_of_its_group(
    number, worker_id, tmp_path_factory
):
    shared = tmp_path_factory.getbasetemp().parent / "grouping_check.jsonl"  # one folder for all workers
    with shared.open("a", encoding="utf-8") as seen:
        seen.write(json.dumps({"number": number, "worker": worker_id}) + "\n")
    workers = {json.loads(line)["worker"] for line in shared.read_text(encoding="utf-8").splitlines()}
    assert len(workers) == 1, f"the group ran on {sorted(workers)}"
