kubectl create deployment multi --image=nginx --image=redis:7 --dry-run=client -o yaml
