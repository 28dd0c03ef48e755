"""Package metadata: the single source of the version number."""

__title__ = "hyte-nlp"
__version__ = "0.1.0"
__summary__ = "Read, tag and summarise the minutes of Finnish wellbeing negotiations (hyte-neuvottelut)."
