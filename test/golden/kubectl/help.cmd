kubectl --help
