# The two commands of the README. Both install missing system packages first (scripts/setup).
SWIFT ?= swift

.PHONY: setup demo test build

setup:
	@scripts/setup

build: setup
	$(SWIFT) build --product nolan

# Builds `nolan` and creates ./nolan.sqlite from Councils/ with the fictional demo register (replacing any earlier demo).
demo: build
	.build/debug/nolan demo --replace

# Unit tests (Tests/) and end-to-end tests that run the built `nolan` binary (Integration/).
test: setup
	$(SWIFT) test
