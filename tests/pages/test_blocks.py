"""The block library: the chart block's rendering and validation."""

import pytest
from django.core.exceptions import ValidationError

from pages.blocks import BodyBlock, ChartBlock, parse_number


def test_chart_renders_svg_and_table():
    block = ChartBlock()
    value = block.to_python(
        {
            "title": "Deportations",
            "unit": "people",
            "rows": [{"label": "2011", "value": "400,000"}, {"label": "2012", "value": "200000"}],
            "source": "Sample",
        }
    )
    html = block.render(value)
    assert "<svg" in html and 'role="img"' in html
    assert html.count("<rect") == 2
    # The largest value gets the full bar, the other half of it.
    assert 'width="320.0"' in html and 'width="160.0"' in html
    assert "<table" in html and '<th scope="row">2011</th>' in html and "<td>400,000</td>" in html


def test_chart_survives_stored_non_numeric_values():
    block = ChartBlock()
    value = block.to_python(
        {"title": "T", "rows": [{"label": "a", "value": "n/a"}, {"label": "b", "value": ""}]}
    )
    html = block.render(value)
    assert "<svg" in html and "<rect" not in html
    assert "<td>n/a</td>" in html


@pytest.mark.parametrize("bad", ["", "lots", "-4", "NaN", "Infinity"])
def test_chart_rejects_empty_or_non_numeric_values(bad):
    block = ChartBlock()
    value = block.to_python({"title": "T", "rows": [{"label": "a", "value": bad}]})
    with pytest.raises(ValidationError):
        block.clean(value)


def test_chart_accepts_numbers_with_commas_and_percent():
    assert parse_number("34,000") == 34000
    assert parse_number("12.5%") == 12.5
    assert parse_number("abc") is None


def test_body_block_offers_the_whole_library():
    names = set(BodyBlock.base_blocks)
    assert names == {
        "heading",
        "paragraph",
        "image",
        "quote",
        "call_to_action",
        "hotline",
        "key_figure",
        "faq",
        "document",
        "embed",
        "chart",
    }


def test_faq_renders_disclosure_widgets():
    block = BodyBlock()
    value = block.to_python(
        [
            {
                "type": "faq",
                "value": {
                    "heading": "Q&A",
                    "items": [{"question": "Why?", "answer": "<p>Because.</p>"}],
                },
            }
        ]
    )
    html = block.render(value)
    assert "<details" in html and "<summary>Why?</summary>" in html


def test_heading_levels_are_limited():
    from pages.blocks import HeadingBlock

    choices = dict(HeadingBlock().child_blocks["level"].field.choices)
    assert set(choices) == {"h2", "h3", "h4"}


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["paragraph", "image", "document"])
def test_paragraph_image_and_document_preview_in_the_picker(name):
    from tests.pages import content

    content.make_document("Raids report PDF")
    content.make_image("Courthouse steps")
    block = BodyBlock().child_blocks[name]
    assert str(block.get_description()).strip()
    assert hasattr(block.meta, "preview_value")
    assert block.is_previewable
    html = block.render(block.get_preview_value())
    assert html.strip(), f"the {name} block's preview is empty"
    expected = {"paragraph": "criminal case", "image": "<img", "document": "Annual report"}
    assert expected[name] in html
