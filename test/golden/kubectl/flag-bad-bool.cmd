kubectl get pods --watch=maybe
