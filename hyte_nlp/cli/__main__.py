import sys

from hyte_nlp.cli import main

sys.exit(main())
