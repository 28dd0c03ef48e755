"""The error tree of hyte_nlp.

Every error the library raises on purpose derives from :class:`HyteError`. Messages say what went
wrong, where (file, facet, label) and what to do about it. Errors raised by pdfminer, python-docx
or scikit-learn are re-raised from these with ``raise ... from err`` so the cause is kept.
"""

from __future__ import annotations

from pathlib import Path


class HyteError(Exception):
    """Base class of every error hyte_nlp raises on purpose."""


# --------------------------------------------------------------------------------------- reading
class ParseError(HyteError):
    """A document could not be read into statements.

    Attributes:
        path: The file that failed.
        reason: What went wrong, in one sentence.
        hint: What the user can do about it.
    """

    default_hint = ""

    def __init__(self, path: str | Path, reason: str, hint: str | None = None) -> None:
        self.path = str(path)
        self.reason = reason
        self.hint = self.default_hint if hint is None else hint
        message = f"{self.path}: {reason}"
        if self.hint:
            message += f" {self.hint}"
        super().__init__(message)

    def __reduce__(self):  # keep the attributes when sent between processes (read_many)
        return (type(self), (self.path, self.reason, self.hint))


class EncryptedDocumentError(ParseError):
    """The document is password-protected or encrypted."""

    default_hint = "Save an unprotected copy (remove the password) and read that instead."


class CorruptDocumentError(ParseError):
    """The file is damaged or truncated: its structure cannot be read."""

    default_hint = "Open it in Word or a PDF viewer and save or export it again."


class NoTextLayerError(ParseError):
    """The PDF has pages but no text layer (a scan or an image-only export)."""

    default_hint = (
        "The pages are images: run OCR first (e.g. `ocrmypdf -l fin in.pdf out.pdf`) or ask for "
        "the original Word file."
    )


class EmptyDocumentError(ParseError):
    """The document opened fine but holds no text at all."""

    default_hint = "Check that this is the right file; an empty document has nothing to read."


class UnsupportedFormatError(ParseError):
    """The file type is not supported, or its content does not match its extension."""

    default_hint = (
        "Supported: .pdf, .docx, .txt, .md. Convert other files with LibreOffice, e.g. "
        "`soffice --headless --convert-to docx FILE.doc`."
    )


# --------------------------------------------------------------------------------------- tagging
class CodebookError(HyteError, ValueError):
    """A codebook file is missing, malformed or inconsistent.

    The message names the file, the facet and the label at fault.
    """


class ModelError(HyteError):
    """A model directory is missing, tampered with, or made for another codebook or version."""


# -------------------------------------------------------------------------------------- language
VOIKKO_INSTALL_HELP = """\
libvoikko and its Finnish dictionary are required for lemmatisation; hyte_nlp never falls back
to a weaker lemmatiser silently. Install them, then try again:

  Debian/Ubuntu:  sudo apt-get install libvoikko1 voikko-fi && pip install libvoikko
  Fedora:         sudo dnf install libvoikko malaga-suomi-voikko && pip install libvoikko
  macOS:          brew install libvoikko && pip install libvoikko
                  (the Finnish dictionary: download voikko-fi's "vvfst" dictionary and unpack it
                  to ~/Library/Spelling/voikko or set VOIKKO_DICTIONARY_PATH)
  Windows:        pip install libvoikko, then put libvoikko-1.dll and the "vvfst" dictionary
                  folder in a directory and set VOIKKO_DICTIONARY_PATH (and add it to PATH)

Or run the project's setup script (`bash scripts/setup.sh`), which installs all of it."""


class VoikkoNotAvailableError(HyteError, ImportError):
    """libvoikko or its Finnish dictionary is missing; the message says how to install them."""

    def __init__(self, detail: str = "") -> None:
        message = VOIKKO_INSTALL_HELP if not detail else f"{detail}\n\n{VOIKKO_INSTALL_HELP}"
        super().__init__(message)


__all__ = [
    "CodebookError",
    "CorruptDocumentError",
    "EmptyDocumentError",
    "EncryptedDocumentError",
    "HyteError",
    "ModelError",
    "NoTextLayerError",
    "ParseError",
    "UnsupportedFormatError",
    "VoikkoNotAvailableError",
]
