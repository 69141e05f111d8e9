# The everyday habits. `make help` lists them.
.PHONY: help dev run test it check fmt outdated bench lighthouse clean

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-11s %s\n", $$1, $$2}'

dev: ## serve the demo site on http://localhost:8080 (data in ./data); edits to templates and static files show on reload
	./dateline serve --demo --dev=$(CURDIR)

run: ## serve the demo site as production does (precompiled templates, fingerprinted static files)
	./dateline serve --demo

test: ## fast tests only (no server, no browser), compiled without Error Prone and NullAway (make check has them)
	./mvnw -B -ntp -Pquick-compile test

it: ## every test, as CI runs them (real server, real browser)
	./mvnw -B -ntp verify

check: it ## the quality gates: Error Prone and NullAway, architecture rules, accessibility, HTML validity, hostile input (all in verify)

fmt: ## format Java (google-java-format via Spotless) and JavaScript/CSS (Prettier)
	./mvnw -B -ntp -q spotless:apply
	node node_modules/prettier/bin/prettier.cjs --write 'src/main/resources/public/**/*.{js,css}'

outdated: ## list dependencies and plugins with a newer release on Maven Central (needs the network)
	./mvnw -B -ntp versions:display-dependency-updates versions:display-plugin-updates \
	  || { echo "make outdated asks Maven Central for its versions: is it reachable?" >&2; exit 1; }

bench: ## benchmark the site against nginx (see docs/BENCHMARKS.md)
	bench/site.sh

lighthouse: ## score the public pages with Lighthouse (see docs/QUALITY.md)
	bench/lighthouse.sh

clean: ## remove build output (not ./data)
	./mvnw -B -ntp -q clean
