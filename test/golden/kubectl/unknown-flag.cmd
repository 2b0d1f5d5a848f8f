kubectl get --foo
