"""The README documents every setting and every subcommand, and its settings table is current."""

import re
from pathlib import Path

from flows.cli import build_parser, settings_markdown
from flows.settings import SETTINGS

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_commands():
    head = README[:1500]
    assert "make run" in head and "make test" in head
    assert head.index("make run") < head.index("make test")


def test_settings_table_is_generated_from_the_code():
    block = re.search(r"<!-- settings:begin -->\n(.*?)\n<!-- settings:end -->", README, re.S)
    assert block, "README lacks the settings block"
    assert block.group(1).strip() == settings_markdown().strip(), "run: newsmon settings --markdown"


def test_every_setting_is_documented():
    for setting in SETTINGS:
        assert f"`{setting.env}`" in README


def test_every_subcommand_is_documented():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name in sub.choices:
        assert f"`newsmon {name}" in README, f"newsmon {name} is not in the README's command table"
