kubectl create namespace x --dry-run=bogus
