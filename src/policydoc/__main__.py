"""``python -m policydoc``."""

import sys

from .cli import main

sys.exit(main())
