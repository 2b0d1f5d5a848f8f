kubectl create deployment my-app --image=nginx --dry-run=client -o name
