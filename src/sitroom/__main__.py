"""``python -m sitroom``: the command line, for when the ``sitroom`` script is not on the PATH."""

from sitroom.cli import main

main()
