import pytest

from flows.watch import ConfigError, load_watch
from seeds import DEFAULT_FEEDS


def test_default_watch_is_valid():
    watch = load_watch(DEFAULT_FEEDS)
    names = {f.name for f in watch.feeds}
    assert {"Libya Observer", "Libya Herald", "Al Jazeera", "Google News: Libya"} <= names
    assert any("ReliefWeb" in n for n in names) and any("UN News" in n for n in names)
    assert {"Libya", "Tripoli", "Benghazi", "Misrata", "Haftar"} <= set(watch.topic.keywords)


def test_minimal_file(tmp_path):
    path = tmp_path / "f.toml"
    path.write_text(
        '[topic]\nkeywords = []\n[[feeds]]\nname = "A"\nurl = "https://a.example/rss"\nlanguage = "ar"\n'
    )
    watch = load_watch(path)
    assert watch.topic.keywords == ()
    assert watch.feeds[0].language == "ar"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("[topic\n", "invalid TOML"),
        ('[[feeds]]\nname = "A"\n', "entry 1 ('A'): missing or empty 'url'"),
        ('[[feeds]]\nurl = "https://a.example/"\n', "entry 1: missing or empty 'name'"),
        ('[[feeds]]\nname = "A"\nurl = "ftp://a.example/"\n', "is not an http(s) URL"),
        ('[[feeds]]\nname = "A"\nurl = "https://a/"\nlang = "en"\n', "unknown key(s) lang"),
        (
            '[[feeds]]\nname = "A"\nurl = "https://a/"\n[[feeds]]\nname = "B"\nurl = "https://a/"\n',
            "entry 2 ('B'): url",
        ),
        ('[topic]\nkeywords = "Libya"\n', "keywords must be a list of strings"),
        ("feeds = 3\n", "feeds must be an array of tables"),
    ],
)
def test_bad_file_gives_one_line_naming_file_entry_problem(tmp_path, content, expected):
    path = tmp_path / "feeds.toml"
    path.write_text(content)
    with pytest.raises(ConfigError) as err:
        load_watch(path)
    message = str(err.value)
    assert str(path) in message
    assert expected in message
    assert "\n" not in message


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="cannot read feeds file"):
        load_watch(tmp_path / "nope.toml")
