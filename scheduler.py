"""The scheduler process, `python scheduler.py`: the same factories as the bot, a different role."""

import sys

from bot.cli.main import main

if __name__ == "__main__":
    if any(arg in ("-h", "--help") for arg in sys.argv[1:]):
        sys.exit(main(["scheduler", "--help"]))
    sys.exit(main(["scheduler"]))
