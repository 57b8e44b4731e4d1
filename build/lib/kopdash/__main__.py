from kopdash.cli import main

raise SystemExit(main())
