kubectl get
