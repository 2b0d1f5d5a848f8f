kubectl create deployment web --image=nginx:1.25 --replicas=3 --port=80 --dry-run=client -o yaml
