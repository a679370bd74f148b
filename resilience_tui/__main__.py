from resilience_tui.cli import main

raise SystemExit(main())
