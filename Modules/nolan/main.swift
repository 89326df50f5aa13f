import NolanCLI

NolanMain.run()
