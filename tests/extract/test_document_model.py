"""The spaCy document model as a spaCy pipeline: registered tokenizer and components, one shared
Vocab that keeps no document's pieces, and a saved and loaded copy that extracts the same."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest
import spacy

from nlp_pipeline.extract import extract_fields, structure

from .samples import NOTICE_WITH_FIELDS, SPEECH, TABLE_PLAN

HELDOUT = Path(__file__).parent / "heldout"


def heldout_texts() -> list[str]:
    return [json.loads(path.read_text(encoding="utf-8"))["text"] for path in sorted(HELDOUT.glob("*.gold.json"))]


def test_the_config_names_the_registered_tokenizer_and_components():
    config = structure.document_model().config
    assert config["nlp"]["tokenizer"] == {"@tokenizers": structure.PIECE_TOKENIZER}
    assert config["nlp"]["after_creation"] == {"@callbacks": structure.WITHOUT_LEXEME_ATTRIBUTES}
    steps = structure.resources.read_rules("extract/pipeline.toml")["steps"]
    assert config["nlp"]["pipeline"] == steps
    assert [config["components"][step]["factory"] for step in steps] == steps


def test_a_document_leaves_no_strings_in_the_shared_vocab():
    vocab = structure.document_model().vocab
    before = len(vocab.strings)
    structure.document_structure(SPEECH + "\n二〇二四年县安委会要于年底前完成一次从未见过的专项整治。")
    assert len(vocab.strings) == before


def test_a_doc_made_outside_the_memory_zone_keeps_its_pieces():
    """Negative case: the zone, not the tokenizer, is what frees the pieces."""
    nlp = structure.document_model()
    doc = nlp("各乡镇要于6月底前完成隐患排查，这句只在这个测试里出现。")
    assert "各乡镇要于6月底前完成隐患排查，这句只在这个测试里出现。" in nlp.vocab.strings
    assert [token.text for token in doc][0].startswith("各乡镇")


def test_the_vocabulary_computes_no_lexical_attributes():
    assert structure.document_model().vocab.lex_attr_getters == {}


def test_to_disk_and_spacy_load_give_the_same_extraction(tmp_path, monkeypatch):
    texts = [SPEECH, NOTICE_WITH_FIELDS, TABLE_PLAN, *heldout_texts()]
    expected = [asdict(extract_fields(text)) for text in texts]
    structure.document_model().to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    assert isinstance(loaded.tokenizer, structure.PieceTokenizer)
    assert loaded.pipe_names == structure.document_model().pipe_names
    assert loaded.vocab.lex_attr_getters == {}
    monkeypatch.setattr(structure, "document_model", lambda: loaded)
    assert [asdict(extract_fields(text)) for text in texts] == expected


def test_a_saved_model_does_not_load_without_the_package_registrations(tmp_path):
    """Negative case: config.cfg names the tokenizer by its registered name; a name that is not
    registered is refused by spaCy rather than replaced by its own Chinese tokenizer."""
    structure.document_model().to_disk(tmp_path / "model")
    config = tmp_path / "model" / "config.cfg"
    config.write_text(config.read_text(encoding="utf-8").replace(structure.PIECE_TOKENIZER, "no.such.tokenizer.v1"))
    with pytest.raises(Exception, match="no.such.tokenizer.v1"):
        spacy.load(tmp_path / "model")
