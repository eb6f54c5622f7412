from livertx.cli.entry import main

main()
