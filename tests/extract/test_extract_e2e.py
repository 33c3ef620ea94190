"""extract_fields end to end: invented documents of four kinds, and the evaluation sets' gold text."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

import pytest

pytest.importorskip("nlp_pipeline.extract.units", reason="the unit finder is not there yet")
pytest.importorskip("nlp_pipeline.extract.deadlines", reason="the deadline finder is not there yet")
pytest.importorskip("nlp_pipeline.extract.sectors", reason="the sector finder is not there yet")

from nlp_pipeline.extract import extract_fields  # noqa: E402
from nlp_pipeline.extract.structure import document_model  # noqa: E402
from nlp_pipeline.record import DEADLINE_KINDS, MODALITIES, ROLES  # noqa: E402

from .samples import MINUTES, NOTICE_WITH_FIELDS, SPEECH, TABLE_PLAN  # noqa: E402

SAMPLES = {"minutes": MINUTES, "speech": SPEECH, "plan": TABLE_PLAN, "notice": NOTICE_WITH_FIELDS}


def check_record_rules(text: str, extraction, canonical_units=None, canonical_sectors=None) -> None:
    ids = [t.id for t in extraction.tasks]
    assert ids == [f"T{i}" for i in range(1, len(ids) + 1)]
    assert [t.start for t in extraction.tasks] == sorted(t.start for t in extraction.tasks)
    for task in extraction.tasks:
        assert text[task.start : task.end] == task.source
        assert task.text and task.modality in MODALITIES
        assert task.parent is None or task.parent in ids[: ids.index(task.id)]
        assert all(u.role in ROLES and u.mention in text for u in task.units)
        assert task.deadline is None or task.deadline.kind in DEADLINE_KINDS
        if canonical_units is not None:
            assert {u.canonical for u in task.units} <= canonical_units
        if canonical_sectors is not None:
            assert set(task.sectors) <= canonical_sectors
    if canonical_sectors is not None:
        assert set(extraction.sectors) <= canonical_sectors


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_sample_documents_keep_the_record_rules(kind):
    text = SAMPLES[kind]
    extraction = extract_fields(text)
    assert extraction.meta.doc_type == kind
    assert extraction.tasks
    check_record_rules(text, extraction)


# the minutes' 对病险水库一律空库运行 is a task (heldout3/NOTES.md: 一律空库运行 is a positive duty); its verb
# is outside the action lexicon and was missed until a modal's verb was read from jieba's tags
@pytest.mark.parametrize("kind, count", [("minutes", 4), ("speech", 7), ("plan", 4), ("notice", 3)])
def test_sample_task_counts(kind, count):
    assert len(extract_fields(SAMPLES[kind]).tasks) == count


def test_doc_date_resolves_deadlines():
    task = extract_fields(NOTICE_WITH_FIELDS.replace("2023年9月30日前", "9月底前"), doc_date="2021-05-01").tasks[0]
    assert (extract_fields(NOTICE_WITH_FIELDS, doc_date="2021-05-01").meta.date, task.deadline.date) == (
        "2021-05-01",
        "2021-09-30",
    )


def test_document_sectors_cover_the_text():
    assert set(extract_fields(MINUTES).sectors) >= {"水利", "道路交通"}


def test_evaluation_gold_texts_keep_the_record_rules(shared_dir, canonical_units, canonical_sectors):
    gold_files = sorted((shared_dir / "eval").glob("*/*.gold.json"))
    assert gold_files
    for gold_file in gold_files:
        text = json.loads(gold_file.read_text(encoding="utf-8"))["text"]
        check_record_rules(text, extract_fields(text), canonical_units, canonical_sectors)


def test_documents_read_side_by_side_give_what_they_give_alone():
    """issue 16: no state of the document under way is kept in a module, so documents extracted
    in threads at once (a server's requests) give exactly what each gives alone; the same text
    with two document dates keeps its own reference day."""
    dated_later = NOTICE_WITH_FIELDS.replace("2023年9月30日前", "9月底前")
    jobs = [(text, None) for text in SAMPLES.values()] + [(dated_later, "2021-05-01"), (dated_later, "2022-05-01")]
    alone = [extract_fields(text, doc_date=day) for text, day in jobs]
    with ThreadPoolExecutor(max_workers=4) as pool:
        side_by_side = list(pool.map(lambda job: extract_fields(job[0], doc_date=job[1]), jobs * 4))
    assert side_by_side == alone * 4
    assert [alone[-2].tasks[0].deadline.date, alone[-1].tasks[0].deadline.date] == ["2021-09-30", "2022-09-30"]


def test_structure_components_read_each_document_by_its_own_lines():
    """spaCy's pipe tokenizes a batch before the components run over it: each Doc carries the
    memo of its own lines, so a document's paragraphs and sentences do not depend on its batch."""
    texts = [SPEECH, TABLE_PLAN, MINUTES, SPEECH]

    def outline(doc):
        return [
            (name, [(s.start_char, s.end_char, s.label_) for s in doc.spans[name]])
            for name in ("paragraphs", "sentences", "markers")
        ]

    alone = [outline(document_model()(text)) for text in texts]
    assert [outline(doc) for doc in document_model().pipe(texts, batch_size=4)] == alone
