from livertx.entry import main

main()
