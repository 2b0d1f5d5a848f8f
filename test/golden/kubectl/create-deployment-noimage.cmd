kubectl create deployment x
