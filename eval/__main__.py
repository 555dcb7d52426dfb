"""``python -m eval --shared ../shared --out docs/quality.md``: run every evaluation, write the page."""

from __future__ import annotations

import argparse
from pathlib import Path

from eval.quality import SECTIONS, write


def main(argv: list[str] | None = None) -> int:
    """Write ``docs/quality.md`` (or ``--out``) from every evaluation whose data is present."""
    parser = argparse.ArgumentParser(
        prog="python -m eval",
        description="Run every evaluation whose data is present and write docs/quality.md.",
    )
    parser.add_argument(
        "--shared", type=Path, default=Path("../shared"), help="the shared folder (../shared)"
    )
    parser.add_argument("--out", type=Path, default=Path("docs/quality.md"), help="the page to write")
    parser.add_argument(
        "--only",
        action="append",
        choices=[section.module.rsplit(".", 1)[1] for section in SECTIONS],
        help="run only this evaluation (repeatable)",
    )
    args = parser.parse_args(argv)
    sections = tuple(s for s in SECTIONS if not args.only or s.module.rsplit(".", 1)[1] in args.only)
    write(args.shared, args.out, sections)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
