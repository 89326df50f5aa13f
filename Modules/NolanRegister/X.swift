import NolanStore
