kubectl create foo
